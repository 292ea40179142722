# -*- coding: utf-8 -*-
from . import product_template
from . import bulk_description_wizard
