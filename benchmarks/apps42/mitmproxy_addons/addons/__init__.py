"""traffic-intel addons.

Load them all with ``mitmdump -s traffic_intel.py`` or individually with
``mitmdump -s addons/llm_redactor.py``.
"""
