"""evalharness: benchmark suites, model adapters and graders."""

__version__ = "0.9.3"

__all__ = ["__version__"]
