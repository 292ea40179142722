# -*- coding: utf-8 -*-
from . import test_ticket_ai
