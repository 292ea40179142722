# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from trytond.exceptions import UserError, UserWarning


class AIConfigurationError(UserError):
    pass


class AIProviderError(UserError):
    pass


class AIContentWarning(UserWarning):
    pass


class ModerationRejected(UserError):
    pass
