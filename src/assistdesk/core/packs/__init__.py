"""Content packs: schema, loading and validation with FILE:LINE errors."""

from assistdesk.core.packs.loader import PackSet, Problem, check_paths, load_language

__all__ = ["PackSet", "Problem", "check_paths", "load_language"]
