"""The bundled sample story against its hand-written gold: prints every figure.

    .venv/bin/python bench/sample_gold.py
"""

from __future__ import annotations

import time

from newsweave.evaluate import load_gold, score
from newsweave.pipeline import SAMPLE_DIR, brief, sample_inputs


def main() -> None:
    inputs, gazetteer = sample_inputs()
    t0 = time.perf_counter()
    briefing = brief(inputs, gazetteer=gazetteer)
    seconds = time.perf_counter() - t0
    scores = score(briefing, load_gold(SAMPLE_DIR / "gold.json"))
    for part, figures in scores.items():
        cells = "  ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        print(f"{part:10s} {cells}")
    print(f"seconds    {seconds:.2f} (model load included)")


if __name__ == "__main__":
    main()
