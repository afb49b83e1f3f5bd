"""Every path the project uses, derived from the project root (never from the current directory)."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"
NOTEBOOKS_DIR = ROOT / "notebooks"
SEEDS_DIR = ROOT / "seeds"
FIGURES_DIR = ROOT / "figures"
REPORTS_DIR = ROOT / "reports"

SAMPLE_ARTICLE = SEEDS_DIR / "palmyra_recaptured_skynews_2016.txt"
DEFAULT_LEXICON = DATA_DIR / "framing_lexicon.yml"
DEFAULT_ACTORS = DATA_DIR / "actors.yml"
DEFAULT_OUTLETS = DATA_DIR / "outlets.yml"
PUNKT_PARAMS = DATA_DIR / "punkt_abbreviations.txt"
REPORT_NOTEBOOK = NOTEBOOKS_DIR / "framing_report.ipynb"
EXPLORE_NOTEBOOK = NOTEBOOKS_DIR / "explore.ipynb"

KERNEL_NAME = "framing-analysis"
"""The Jupyter kernel `make report` registers and report runs name explicitly."""

# Material beside the checkout (read-only; absent on a user's clone).
SHARED_DIR = ROOT.parent / "shared"
SEED_GOLD = SHARED_DIR / "gold" / "seed-attributions.json"
POLNEAR_DIR = SHARED_DIR / "eval" / "polnear"
VADER_NYT = SHARED_DIR / "eval" / "vader-nyt" / "nytEditorialSnippets_GroundTruth.txt"
BBC_CORPUS = SHARED_DIR / "corpora" / "bbc-news"


def project_path(path: str | Path) -> Path:
    """``path`` as given when it exists from the current directory, else relative to the project root.

    Lets a notebook opened from ``notebooks/`` and a command run from the root share defaults such
    as ``seeds/...``.
    """
    p = Path(path).expanduser()
    if p.is_absolute() or p.exists():
        return p
    rooted = ROOT / p
    return rooted if rooted.exists() else p
