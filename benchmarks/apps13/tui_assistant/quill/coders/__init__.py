from quill.coders.base_coder import Coder
from quill.coders.architect_coder import ArchitectCoder
from quill.coders.ask_coder import AskCoder
from quill.coders.editblock_coder import EditBlockCoder

__all__ = ["Coder", "ArchitectCoder", "AskCoder", "EditBlockCoder"]
