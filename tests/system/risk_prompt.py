#!/usr/bin/env python3
"""System test: a client records risk answers at the `hwk log` prompt and is shown where to get help.

Driven through a real pseudo-terminal, answered as a person would, question by question (each
question is found by its label on the screen, so a field added to a template is answered with
Enter when optional and reported when required). Two practices made with the real binary:

* "riverside" sets its own crisis texts in hwk.toml ([crisis] en and es, each with a phone
  number). Client c-0042 (English) first writes a safety plan at the prompt, then a DBT diary
  card with Thoughts of suicide 5, Urge to self-harm 5, Self-harm today yes and the reflection
  "I can't do this anymore". Right after saving, the output names each field by its label ("You
  rated Thoughts of suicide 4 or more."), never by its id, shows the practice's crisis text with
  its number and the steps of the client's own plan as typed. A later card that meets no
  condition (ratings 3, answers no) shows none of it, even with the earlier flag still open. A
  newer safety plan replaces the older one. Client c-0043 (plan `language = "es"`) sees the
  practice's Spanish text and a Spanish safety plan.
* "plain" has no [crisis]: the built-in English text, and for the Spanish plan the built-in
  Spanish text, are shown instead.
"""
import os
import re
import sys
import tomllib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from hwk_harness import Pty, check, exit_code, finish, hwk, require_hwk, workspace  # noqa: E402

MONDAY = "2026-11-23T21:00:00+01:00"
TUESDAY = "2026-11-24T21:00:00+01:00"
WEDNESDAY = "2026-11-25T21:00:00+01:00"

EN_NUMBER = "0800 555 0199"
ES_NUMBER = "0800 555 0177"
CRISIS = f"""
[crisis]
en = "Call the Riverside crisis line on {EN_NUMBER}, day or night. If you are in danger now, call 112."
es = "Llama a la línea de crisis de Riverside al {ES_NUMBER}, de día o de noche. Si estás en peligro ahora, llama al 112."
"""
# Words of the built-in texts (src/model/crisis.cpp), enough to recognise each.
BUILTIN_EN = "Call your local emergency number"
BUILTIN_ES = "Llama al número de emergencias"

SAFETY_PLAN = {  # label → what the client types; "" is Enter (optional sections)
    "Warning signs": "I stop answering my phone",
    "Things I can do on my own": "Walk the dog around the lake",
    "People and places that take my mind off things": "",
    "People I can ask for help": "My sister Maria 0151 2345 678",
    "Professionals and crisis lines": "Dr Okafor 030 9876 5432",
    "Making my surroundings safer": "Give my pills to Maria",
    "My reasons for living": "My daughter Lena",
}
SAFETY_PLAN_REFLECTION = {"Which step of your plan do you think will help you most?": "Calling Maria"}

REFLECTION = "I can't do this anymore"
RISKY_CARD = {
    "Urge to self-harm": "5",
    "Thoughts of suicide": "5",
    "Urge to use substances": "0",
    "Self-harm today": "yes",
    "Suicidal action today": "no",
    "Used substances today": "no",
    "What links do you notice between your emotions, your urges and what you did?": REFLECTION,
}
CALM_CARD = {  # just under every condition (>= 4, = yes)
    "Urge to self-harm": "3",
    "Thoughts of suicide": "3",
    "Urge to use substances": "3",
    "Self-harm today": "no",
    "Suicidal action today": "no",
    "Used substances today": "no",
}  # Tuesday, the same week: the weekly reflection is not asked again
RISKY_CARD_ES = {  # the same card, as c-0043 (language = "es") sees its labels
    "Impulso de hacerse daño": "5",
    "Pensamientos de suicidio": "5",
    "Impulso de consumir sustancias": "0",
    "Hacerse daño hoy": "sí",  # answered in the plan's language
    "Acción suicida hoy": "no",
    "Consumo de sustancias hoy": "no",
    "¿Qué relación notas entre tus emociones, tus impulsos y lo que hiciste?": "Ya no puedo más",
}
FIELD_IDS = ("urge_suicide", "urge_self_harm", "action_self_harm", "action_suicide", "urge_substances")
RECORDED = re.compile(r"recorded (\S+) \(\S+\) for (\S+) at \S+ as ([0-9A-Z]{26})")


def run(args, cwd, env):
    r = hwk(args, cwd, env)
    check(r.returncode == 0, "hwk " + " ".join(args), r.stdout + r.stderr)
    return r


def set_language(practice, client, language):
    path = os.path.join(practice, "clients", client, "plan.toml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text, n = re.subn(r'(?m)^(name = .*)$', lambda m: f'{m.group(1)}\nlanguage = "{language}"', text, count=1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    check(n == 1, f"{client}'s plan declares language = \"{language}\"", text)


def make_practice(tmp, env, name, crisis):
    root = os.path.join(tmp, name)
    run(["init", root, "--timezone", "Europe/Berlin"], tmp, env)
    if crisis:
        with open(os.path.join(root, "hwk.toml"), "a", encoding="utf-8") as f:
            f.write(crisis)
    for client in ("c-0042", "c-0043"):
        run(["client", "add", client], root, env)
        run(["assign", client, "dbt-diary-card", "--start", "2026-11-16"], root, env)
        run(["assign", client, "safety-plan", "--start", "2026-11-16"], root, env)
    set_language(root, "c-0043", "es")
    return root


def answer_prompt(p, answers, what):
    """Answers every question until hwk says what it recorded. A question is known by a label (or a
    reflection question) of `answers` on the screen; an unknown optional one gets Enter. Returns
    True when hwk got to 'recorded'."""
    asked = set()
    for _ in range(60):
        start = p.mark
        m = p.expect(r"(?m)^> |recorded \S+ \(")
        if m is None:
            check(False, f"{what}: every question is asked and the record saved", p.text[-1500:])
            return False
        if m.group(0).startswith("recorded"):
            p.mark = m.start()
            missing = [k for k, v in answers.items() if v and k not in asked]
            check(not missing, f"{what}: every question answered was asked", missing)
            return True
        block = p.text[start:m.start()]
        found = [(block.rfind(k + " (") if k + " (" in block else block.rfind(k), k) for k in answers
                 if k + " (" in block or (k.endswith("?") and k in block)]
        if found:
            key = max(found)[1]
            asked.add(key)
            p.line(answers[key])
        elif "When did you practise?" in block:
            p.line("")  # now
        elif "optional" in block:
            p.line("")
        else:
            check(False, f"{what}: an answer was refused, or a required question is unknown", block)
            return False
    check(False, f"{what}: the prompt ends", p.text[-1500:])
    return False


def prompted(practice, env, now, client, assignment, answers, what):
    """`hwk log CLIENT ASSIGNMENT` on a pseudo-terminal; returns (everything shown after saving, id)."""
    p = Pty(["log", client, assignment], practice, dict(env, HWK_NOW=now))
    ok = answer_prompt(p, answers, what)
    st = p.wait()
    check(ok and exit_code(st) == 0, f"{what}: hwk log exits 0", f"status {exit_code(st)}\n{p.text[-1500:]}")
    after = p.text[p.mark:] if ok else ""
    m = RECORDED.search(after)
    check(m is not None and m.group(1) == assignment and m.group(2) == client,
          f"{what}: confirms the record", after[:500])
    return (after[m.end():] if m else after), (m.group(3) if m else None)


def no_ids(shown, what):
    leaked = [f for f in FIELD_IDS if f in shown]
    check(not leaked, f"{what}: fields are named by their labels, never by their ids", leaked)


def records(practice, client):
    d = os.path.join(practice, "clients", client, "log")
    out = []
    for f in sorted(os.listdir(d)):
        if f.endswith(".toml"):
            with open(os.path.join(d, f), "rb") as fh:
                out += tomllib.load(fh).get("records", [])
    return out


def riverside(tmp, env):
    root = make_practice(tmp, env, "riverside", CRISIS)
    r = hwk(["check"], root, env)
    check(r.returncode == 0 and "crisis" not in r.stdout + r.stderr,
          "hwk check accepts a [crisis] table with en and es texts, without a warning", r.stdout + r.stderr)

    # ------------------------------------------------------------- the safety plan, at the prompt
    shown, plan_id = prompted(root, env, MONDAY, "c-0042", "safety-plan", SAFETY_PLAN | SAFETY_PLAN_REFLECTION,
                              "safety plan")
    check(EN_NUMBER not in shown and "safety plan:" not in shown.lower(),
          "safety plan: writing the plan itself shows no crisis text", shown)
    rec = next((x for x in records(root, "c-0042") if x.get("id") == plan_id), {})
    check(rec.get("values", {}).get("people_to_ask") == SAFETY_PLAN["People I can ask for help"],
          "safety plan: the sections are stored as typed", rec)

    # ------------------------------------------------------------- a card that meets the conditions
    shown, card_id = prompted(root, env, MONDAY, "c-0042", "dbt-diary-card", RISKY_CARD, "risky card")
    rec = next((x for x in records(root, "c-0042") if x.get("id") == card_id), {})
    values = rec.get("values", {})
    check(values.get("urge_suicide") == 5 and values.get("urge_self_harm") == 5 and values.get("action_self_harm") is True
          and REFLECTION in rec.get("reflection", ""), "risky card: the answers and the reflection are stored", rec)

    text = " ".join(shown.split())  # the crisis text is wrapped to the terminal
    check(shown.strip() != "", "risky card: more than the record id is shown after saving", shown)
    for line in ("You rated Thoughts of suicide 4 or more.", "You rated Urge to self-harm 4 or more.",
                 "You answered yes to Self-harm today."):
        check(line in shown, f"risky card: says '{line}'", shown)
    check("Suicidal action today" not in shown and "Urge to use substances" not in shown,
          "risky card: names only the fields that met a condition", shown)
    no_ids(shown, "risky card")
    check(EN_NUMBER in text, f"risky card: shows the practice's crisis text with its number ({EN_NUMBER})", shown)
    check(ES_NUMBER not in text, "risky card: not the practice's Spanish text", shown)
    # LANG=C.UTF-8 (clean_env) and a plan without a language: the reader is taken to read English,
    # the language of the built-in fallback, so the practice's English text stands in its place.
    check(BUILTIN_EN not in text, "risky card: the practice's text replaces the built-in one (LANG=C.UTF-8)", shown)
    check("Your safety plan" in shown, "risky card: shows the client's safety plan", shown)
    for label, typed in SAFETY_PLAN.items():
        if typed:
            check(f"{label}: {typed}" in shown, f"risky card: the plan's step '{label}' as the client typed it", shown)
    check("People and places that take my mind off things" not in shown,
          "risky card: a section the client left empty is not shown", shown)
    check(REFLECTION not in shown, "risky card: the client's reflection is not echoed back", shown)
    lines_at = shown.find("You rated")
    check(0 <= lines_at < text_index(shown, EN_NUMBER) < shown.find("Your safety plan"),
          "risky card: what was met, then the crisis text, then the safety plan", shown)
    for stray in re.findall(r"\b[0-9A-HJKMNP-TV-Z]{26}\b", shown):
        check(False, "risky card: no record id is shown in the message", stray)

    # ------------------------------------------------------------- a card that meets none
    shown, _ = prompted(root, env, TUESDAY, "c-0042", "dbt-diary-card", CALM_CARD, "calm card")
    text = " ".join(shown.split())
    check("You rated" not in shown and "You answered" not in shown, "calm card (3s and noes): no risk line", shown)
    check(EN_NUMBER not in text and BUILTIN_EN not in text, "calm card: no crisis text", shown)
    check("safety plan" not in shown.lower() and not any(v and v in shown for v in SAFETY_PLAN.values()),
          "calm card: no safety plan", shown)
    check(re.fullmatch(r"That makes \d+ of \d+ so far this week(, \d+ in a row)?\. Well done\.", shown.strip()) is not None,
          "calm card: nothing but the week's progress, though the Monday flag is still open", shown)

    # ------------------------------------------------------------- the latest plan is the current one
    newer = "Text my friend Tom 0160 111 2222"
    r = hwk(["log", "c-0042", "safety-plan", "--no-input", "--at", "2026-11-24T10:00",
             "--set", "warning_signs=I stay in bed all day", "--set", "coping_alone=Cold shower",
             "--set", f"people_to_ask={newer}", "--set", "professionals=Dr Okafor 030 9876 5432"],
            root, dict(env, HWK_NOW=TUESDAY))
    check(r.returncode == 0, "a newer safety plan is recorded", r.stderr)
    p = Pty(["log", "c-0042", "dbt-diary-card", "--no-input", "--set", "urge_self_harm=1", "--set", "urge_suicide=4",
             "--set", "urge_substances=0", "--set", "action_self_harm=no", "--set", "action_suicide=no",
             "--set", "action_substances=no"], root, dict(env, HWK_NOW=WEDNESDAY))
    st = p.wait()
    shown = p.text
    check(exit_code(st) == 0, "a card with Thoughts of suicide at exactly 4 is recorded", shown)
    check("You rated Thoughts of suicide 4 or more." in shown and "Urge to self-harm" not in shown,
          "4 meets '>= 4': only that field is named", shown)
    check(f"People I can ask for help: {newer}" in shown and "I stay in bed all day" in shown,
          "the newer safety plan is shown", shown)
    check(SAFETY_PLAN["Warning signs"] not in shown and SAFETY_PLAN["My reasons for living"] not in shown,
          "the older safety plan is not", shown)

    # ------------------------------------------------------------- a plan in Spanish
    r = hwk(["log", "c-0043", "safety-plan", "--no-input", "--set", "warning_signs=Dejo de comer",
             "--set", "coping_alone=Escuchar música", "--set", "people_to_ask=Mi hermano Luis 0152 333",
             "--set", "professionals=Dra. Ruiz 030 444"], root, dict(env, HWK_NOW=MONDAY))
    check(r.returncode == 0, "c-0043 (es) records a safety plan", r.stderr)
    shown, _ = prompted(root, env, MONDAY, "c-0043", "dbt-diary-card", RISKY_CARD_ES, "risky card in Spanish")
    text = " ".join(shown.split())
    check("Calificaste Pensamientos de suicidio con 4 o más." in shown and "Respondiste sí a Hacerse daño hoy." in shown,
          "es: the lines are in Spanish, with the field's label", shown)
    check("You rated" not in shown, "es: no English line", shown)
    no_ids(shown, "es")
    check(ES_NUMBER in text and "Llama a la línea de crisis de Riverside" in text,
          f"es: shows the practice's Spanish crisis text ({ES_NUMBER})", shown)
    check(EN_NUMBER not in text and BUILTIN_EN not in text, "es: not the English text", shown)
    check("Tu plan de seguridad" in shown and "Señales de alerta: Dejo de comer" in shown
          and "Personas a las que puedo pedir ayuda: Mi hermano Luis 0152 333" in shown,
          "es: the client's safety plan, headed and labelled in Spanish", shown)


def text_index(shown, s):
    """Where `s` starts in `shown`, allowing for the line breaks of wrapping; -1 when absent."""
    m = re.search(r"\s+".join(map(re.escape, s.split())), shown)
    return m.start() if m else -1


def plain_practice(tmp, env):
    root = make_practice(tmp, env, "plain", None)
    r = hwk(["check"], root, env)
    check("no crisis text is set" in r.stdout + r.stderr, "no [crisis]: hwk check warns", r.stdout + r.stderr)
    shown, _ = prompted(root, env, MONDAY, "c-0042", "dbt-diary-card", RISKY_CARD, "no [crisis]")
    text = " ".join(shown.split())
    check("You rated Thoughts of suicide 4 or more." in shown, "no [crisis]: names the field by its label", shown)
    check(BUILTIN_EN in text and "crisis line" in text, "no [crisis]: shows the built-in English crisis text", shown)
    check(EN_NUMBER not in text, "no [crisis]: no other practice's number", shown)
    check("safety plan:" not in shown.lower(), "no [crisis]: no safety plan heading when the client has none", shown)

    shown, _ = prompted(root, env, MONDAY, "c-0043", "dbt-diary-card", RISKY_CARD_ES, "no [crisis], es")
    text = " ".join(shown.split())
    check(BUILTIN_ES in text and "Por favor" in text, "no [crisis], es: shows the built-in Spanish crisis text", shown)
    check(BUILTIN_EN not in text, "no [crisis], es: not the English one", shown)


def main():
    require_hwk()
    tmp, env = workspace("hwk-risk-prompt.")
    env["TERM"] = "xterm"
    riverside(tmp, env)
    plain_practice(tmp, env)
    finish()


if __name__ == "__main__":
    main()
