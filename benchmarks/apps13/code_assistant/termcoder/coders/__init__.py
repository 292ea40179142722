from .architect_coder import ArchitectCoder
from .ask_coder import AskCoder
from .base_coder import Coder
from .context_coder import ContextCoder
from .editblock_coder import EditBlockCoder, EditBlockFencedCoder
from .udiff_coder import UnifiedDiffCoder

ARCHITECT = ArchitectCoder

CODERS = [
    EditBlockCoder,
    EditBlockFencedCoder,
    UnifiedDiffCoder,
    AskCoder,
    ContextCoder,
]

__all__ = [
    "ArchitectCoder",
    "AskCoder",
    "Coder",
    "ContextCoder",
    "EditBlockCoder",
    "EditBlockFencedCoder",
    "UnifiedDiffCoder",
    "CODERS",
]
