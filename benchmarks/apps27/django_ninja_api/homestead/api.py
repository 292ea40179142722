from django.http import HttpRequest
from ninja import NinjaAPI
from ninja.security import APIKeyHeader

from leads.api import router as leads_router
from listings.api import router as listings_router
from search.api import router as search_router


class PartnerKey(APIKeyHeader):
    param_name = "X-Homestead-Key"

    def authenticate(self, request: HttpRequest, key: str | None):
        from core.models import PartnerAPIKey

        if key and PartnerAPIKey.objects.filter(key=key, revoked=False).exists():
            return key
        return None


api = NinjaAPI(
    title="Homestead Listings API",
    version="1.4.0",
    urls_namespace="api-v1",
)

api.add_router("/listings/", listings_router)
api.add_router("/search/", search_router)
api.add_router("/leads/", leads_router, auth=PartnerKey())


@api.get("/health", tags=["ops"])
def health(request):
    return {"status": "ok"}


@api.exception_handler(TimeoutError)
def llm_timeout(request, exc):
    return api.create_response(request, {"detail": "Upstream model timed out"}, status=504)
