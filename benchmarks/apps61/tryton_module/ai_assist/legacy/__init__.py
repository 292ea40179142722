# Legacy helpers from the 6.0 series of the module.  Do not use in new code:
# go through providers.get_provider() or multi_model_service instead.
from .quote_writer import write_cover_letter  # noqa: F401
from .describe_v1 import describe_product  # noqa: F401
