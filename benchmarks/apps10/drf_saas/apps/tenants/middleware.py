import uuid

from django.http import JsonResponse

from common.logging import current_request_id, current_tenant_id

from .models import Tenant

TENANT_HEADER = "HTTP_X_TENANT"


class TenantMiddleware:
    """Resolve the tenant from the X-Tenant header (API) or the session (admin UI)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request.META.get("HTTP_X_REQUEST_ID") or uuid.uuid4().hex
        current_request_id.set(request.request_id)

        slug = request.META.get(TENANT_HEADER) or request.session.get("tenant_slug")
        request.tenant = None
        if slug:
            try:
                request.tenant = Tenant.objects.get(slug=slug, is_active=True)
            except Tenant.DoesNotExist:
                return JsonResponse({"error": {"code": "unknown_tenant", "message": slug}}, status=404)
            current_tenant_id.set(str(request.tenant.pk))

        response = self.get_response(request)
        response["X-Request-Id"] = request.request_id
        return response
