"""Activity definitions.

legacy.py and vendor_matching.py still hold module-level activity functions;
everything else is a class taking a ClientBundle (see worker.build_activities).
"""
