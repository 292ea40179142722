# -*- coding: utf-8 -*-
from . import crm_lead
from . import lead_scoring  # noqa: F401 (plain python helper)
from . import lead_enrich_wizard
