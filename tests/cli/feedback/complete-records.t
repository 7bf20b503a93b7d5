hwk _complete records [CLIENT]: the ids of a client's practice records, by the time of the practice, each once
(sessions and feedback are not offered), for the shell completions of hwk feedback. It prints
nothing, and fails silently, for an unknown client.

  $ cp -R "$FIXTURES/review" . && cd review
  $ hwk _complete records c-0042 | head -3
  01M85MG2800000000000000010
  01M85MG2800000000000000012
  01M85MG2800000000000000016
  $ hwk _complete records c-0042 | wc -l
  12
  $ hwk _complete records | tail -2
  01M85MG2800000000000000022
  01M85MG2800000000000000023
  $ hwk _complete records | grep -c -e 15$ -e 4.$
  0
  [1]
  $ hwk _complete records nobody
