"""The demo's content, read from the YAML files in ``demo/data/``."""

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def read(name: str) -> dict[str, Any]:
    """The contents of ``data/<name>.yaml`` (read once; callers must not change it)."""
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=Loader)  # noqa: S506 - a safe loader
