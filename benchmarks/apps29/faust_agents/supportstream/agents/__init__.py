"""Stream processors. Each module registers its agents on import (autodiscover)."""
