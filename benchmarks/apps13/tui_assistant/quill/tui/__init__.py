from quill.tui.app import QuillApp

__all__ = ["QuillApp"]
