# coding=utf-8
from __future__ import absolute_import, unicode_literals

from .failure_explainer import FailureContext, FailureExplainer
from .gcode_summary import GcodeSummarizer
from .snapshot import FailureWatch, SnapshotAnalyzer

__all__ = ["FailureContext", "FailureExplainer", "GcodeSummarizer", "FailureWatch", "SnapshotAnalyzer"]
