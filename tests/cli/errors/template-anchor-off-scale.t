A scale anchor outside the scale is an error at the anchor.

  $ cp -R "$FIXTURES/practice" . && chmod -R go-rwx practice && cd practice
  $ sed -i 's/^    anchors: {0: the worst, 10: the best}/    anchors: {0: the worst, 11: the best}/' templates/mood-check.yaml
  $ find . -type f | sort | xargs sha256sum > ../before
  $ hwk template lint templates/mood-check.yaml 2>&1
  templates/mood-check.yaml:21:29: error: anchor 11 is outside the scale 0 to 10
  [1]
  $ find . -type f | sort | xargs sha256sum | cmp - ../before
