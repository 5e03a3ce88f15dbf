from newsweave.analyse import analyse_article
from newsweave.article import Article


def _events(nlp, text, published="2026-03-14"):
    art = Article(id="a", text=text, source="Wire", published=published)
    out = analyse_article(art, nlp=nlp)
    for ev in out["events"]:
        s, e = ev["sentence"]
        assert s <= ev["timex"][0] < ev["timex"][1] <= e
    return out["events"]


def test_event_sentence_has_its_date_and_position(nlp):
    text = ("Rebels seized the port of Kessa on Thursday night. "
            "The government said it would send troops. Talks collapsed on 10 March.")
    evs = _events(nlp, text)
    by_date = {e["date"]: e for e in evs}
    assert by_date["2026-03-12"]["position"] == 0
    assert by_date["2026-03-10"]["position"] == 2


def test_timestamps_and_reader_comments_are_not_events(nlp):
    text = ("Sat Mar 14, 2026 12:51 am EDT\n\n"
            "At 18:20 13th Mar 2026, riverfan wrote: I never comment but the coverage on Friday was awful.\n\n"
            "Rebels seized the port of Kessa on Friday, officials said.")
    evs = _events(nlp, text)
    assert [text[e["sentence"][0]:e["sentence"][1]].strip()[:13] for e in evs] == ["Rebels seized"]


def test_planned_events_are_flagged(nlp):
    text = ("Ministers will meet in Kessa on Friday. The trial is expected to begin on 20 March. "
            "Rebels seized the port on Thursday.")
    by_date = {e["date"]: e for e in _events(nlp, text, published="2026-03-11")}
    assert by_date["2026-03-13"]["planned"] is True
    assert by_date["2026-03-20"]["planned"] is True
    assert by_date["2026-03-05"]["planned"] is False  # last Thursday, a past fact


def test_a_date_that_opens_a_duration_does_not_date_the_event(nlp):
    text = ("Two men held by police since Monday were charged with espionage on Wednesday. "
            "The ministry raised its toll to eight after the soldier missing since Monday was found. "
            "The group, which has fed evacuees since Monday, said on Tuesday that 12,000 had fled.")
    evs = _events(nlp, text, published="2026-03-13")  # a Friday
    by_pos = {e["position"]: e for e in evs}
    assert by_pos[0]["date"] == "2026-03-11"  # the charge, not the arrest
    assert 1 not in by_pos  # no date of its own: "since Monday" is when the soldier went missing
    assert by_pos[2]["date"] == "2026-03-10"  # the statement's date


def test_a_date_after_publication_is_only_planned(nlp):
    text = ("Relatives said they would hold a vigil on the quay on Sunday. "
            "Rebels seized the port on Thursday. The appeal will be heard next month.")
    by_pos = {e["position"]: e for e in _events(nlp, text, published="2026-03-14")}  # a Saturday
    assert by_pos[0]["date"] == "2026-03-15" and by_pos[0]["planned"] is True
    assert by_pos[1]["date"] == "2026-03-12" and by_pos[1]["planned"] is False
    assert by_pos[2]["date"] == "2026-04" and by_pos[2]["planned"] is True


def test_the_main_clauses_date_wins_over_a_modifiers(nlp):
    text = "The police spokesman said a man wounded on Monday night had died in hospital on Friday."
    (ev,) = _events(nlp, text, published="2026-03-14")
    assert ev["date"] == "2026-03-13" and ev["date_text"] == "Friday"


def test_a_bare_clock_time_does_not_date_an_event_on_the_publication_day(nlp):
    text = ("He checked the forecast at 8pm, his lawyer said. "
            "The ferry left the port at 9.15pm on Monday with 212 people on board.")
    evs = _events(nlp, text, published="2026-03-14")  # a Saturday
    assert [(e["position"], e["date"]) for e in evs] == [(1, "2026-03-09")]
