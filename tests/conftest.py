import pytest

from newsweave.pipeline import SAMPLE_DIR, brief, sample_inputs


@pytest.fixture(scope="session")
def nlp():
    from newsweave.nlp import load

    return load()


@pytest.fixture(scope="session")
def sample_briefing(nlp):
    """The bundled sample story, briefed once for the whole test session."""
    inputs, gazetteer = sample_inputs()
    return brief(inputs, gazetteer=gazetteer, nlp=nlp)


@pytest.fixture(scope="session")
def sample_gold():
    from newsweave.evaluate import load_gold

    return load_gold(SAMPLE_DIR / "gold.json")
