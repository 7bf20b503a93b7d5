Lint warns when a template's text reads above a school grade: 8 by default, the practice's
max_reading_grade setting, or --max-grade.

  $ hwk init p > /dev/null && cd p
  $ hwk template new breathe --from paced-breathing
  created templates/breathe.yaml
  $ hwk template lint
  $ hwk template lint --max-grade 3
  templates/breathe.yaml:1:1: warning: the rationale of 'breathe' read at about grade 3.5, above 3
    hint: use shorter sentences and everyday words
  $ echo 'max_reading_grade = 3' >> hwk.toml
  $ hwk check
  templates/breathe.yaml:1:1: warning: the rationale of 'breathe' read at about grade 3.5, above 3
    hint: use shorter sentences and everyday words
  $ hwk template lint --max-grade 20
  $ hwk template lint --max-grade 0
  hwk: error: --max-grade: Value 0 not in range 1 to 20
    hint: run 'hwk template lint --help' for usage
  [2]
  $ sed -i 's/^max_reading_grade = 3$/max_reading_grade = 99/' hwk.toml
  $ hwk check
  hwk.toml:20:21: error: max_reading_grade must be from 1 to 20
  [1]
