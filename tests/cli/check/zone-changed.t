A record's month is its date in the client's zone when it was written, and the record keeps the
UTC offset it was written with. Fault injected: the client's time zone changed after records near
a month's end were written; check must still find them in the right file (by their own offset),
and must still report a record in a file of another month.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ hwk log c-0042 mood --set mood=5 --at 2026-10-31T22:00 | sed 's/ as .*//'
  recorded mood (done) for c-0042 at 2026-10-31T22:00:00-04:00
  $ hwk log c-0042 mood --set mood=6 --at 2026-11-01T00:30 | sed 's/ as .*//'
  recorded mood (done) for c-0042 at 2026-11-01T00:30:00-04:00
  $ ls clients/c-0042/log
  2026-10.testwrtr.toml
  2026-11.testwrtr.toml
  $ sed -i "s|^timezone = .*|timezone = 'Asia/Tokyo'|" clients/c-0042/plan.toml
  $ hwk check
  $ sed -i "s|^timezone = .*|timezone = 'Pacific/Honolulu'|" clients/c-0042/plan.toml
  $ hwk check
  $ mv clients/c-0042/log/2026-10.testwrtr.toml clients/c-0042/log/2026-09.testwrtr.toml
  $ hwk check
  clients/c-0042/log/2026-09.testwrtr.toml:4:1: error: record '01M[0-9A-Z]{23}' of 2026-10-31 is in the log file of another month (re)
    hint: a record belongs in the file of its month in the client's time zone
  [1]

Times outside what a record may hold are refused by the writer as by the reader: from 1970 on.

  $ mv clients/c-0042/log/2026-09.testwrtr.toml clients/c-0042/log/2026-10.testwrtr.toml
  $ hwk log c-0042 mood --set mood=4 --at 0001-01-01T00:00
  hwk: error: --at 0001-01-01T00:00 is before 1970-01-01
    hint: a record's times lie from 1970 to 9999, as the log's readers take them
  [2]
  $ hwk session c-0042 --at 1969-06-01T10:00
  hwk: error: --at 1969-06-01T10:00 is before 1970-01-01
    hint: a record's times lie from 1970 to 9999, as the log's readers take them
  [2]
  $ ls clients/c-0042/log
  2026-10.testwrtr.toml
  2026-11.testwrtr.toml
  $ sed 's/2026-10-31T22:00:00-04:00/0001-01-01T00:00:00-04:56/' clients/c-0042/log/2026-10.testwrtr.toml > clients/c-0042/log/0001-01.testwrtr.toml
  $ hwk check 2>&1 | grep -v '^  hint'
  clients/c-0042/log/0001-01.testwrtr.toml:7:6: error: 'at' is before 1970-01-01; a record's times lie from 1970 to 9999
