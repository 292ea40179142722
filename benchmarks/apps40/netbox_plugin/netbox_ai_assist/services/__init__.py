from .summarizer import DeviceSummarizer  # noqa: F401
