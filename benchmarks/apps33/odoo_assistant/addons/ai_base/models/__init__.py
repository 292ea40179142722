# -*- coding: utf-8 -*-
from . import ai_provider
from . import ai_usage_log
from . import res_config_settings
