"""The progress bar: drawn only when enabled (a terminal) and once the run is long enough."""

import io

from newsweave.store.progress import Meter


def test_meter_draws_rate_and_eta_when_enabled():
    out = io.StringIO()
    with Meter("ingest", total=100, unit="articles", enabled=True, delay=0, stream=out) as m:
        for i in range(1, 101):
            m._last = 0  # no refresh throttling in the test
            m.update(completed=i, count=i)
    text = out.getvalue()
    assert "ingest" in text and "100 articles" in text and "/s" in text


def test_meter_silent_off_a_terminal():
    out = io.StringIO()  # not a TTY
    with Meter("analyse", total=10, stream=out, delay=0) as m:
        m.update(advance=10, count=10)
    assert out.getvalue() == ""
