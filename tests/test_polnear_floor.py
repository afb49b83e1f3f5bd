"""Attribution accuracy on PolNeAR dev (real news nobody here wrote) must not fall below its floor.

The floors are the figures the project has reached, less a small margin for noise: a change that
costs accuracy fails here. `make benchmark` prints the full table with breakdowns and misses.
"""

from __future__ import annotations

import pytest

from analysis import config

pytestmark = pytest.mark.slow

# Protocol of ../shared/README.md, lenient overlap t = 0.3 (and all-recall and F1 at 0.8).
FLOORS = {"precision": 0.915, "quote_recall": 0.925, "speaker_accuracy": 0.945, "recall": 0.64}
F1_STRICT_FLOOR = 0.635


@pytest.fixture(scope="module")
def dev_scores():
    if not (config.POLNEAR_DIR / "dev.docs.jsonl").is_file():
        pytest.skip(f"PolNeAR is not at {config.POLNEAR_DIR}: it lives beside a developer's checkout")
    from analysis.evaluate import evaluate_polnear

    return evaluate_polnear("dev")


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_polnear_dev_stays_above_floor(dev_scores, measure):
    at = dev_scores.at(0.3)
    value = getattr(at, measure)
    print(f"PolNeAR dev t=0.3 {measure} = {value:.3f} (floor {FLOORS[measure]})")
    assert value >= FLOORS[measure]


def test_polnear_dev_strict_f1_stays_above_floor(dev_scores):
    f1 = dev_scores.at(0.8).f1
    print(f"PolNeAR dev t=0.8 F1 = {f1:.3f} (floor {F1_STRICT_FLOOR})")
    assert f1 >= F1_STRICT_FLOOR
