# -*- coding: utf-8 -*-
from . import helpdesk_ticket
from . import ticket_summary_wizard
