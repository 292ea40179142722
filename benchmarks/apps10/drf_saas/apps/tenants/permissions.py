from rest_framework.permissions import SAFE_METHODS, BasePermission

from .models import Membership


class IsTenantMember(BasePermission):
    message = "You are not a member of this workspace."

    def has_permission(self, request, view):
        tenant = getattr(request, "tenant", None)
        if tenant is None or not request.user.is_authenticated:
            return False
        return Membership.objects.filter(tenant=tenant, user=request.user).exists()

    def has_object_permission(self, request, view, obj):
        return getattr(obj, "tenant_id", None) == request.tenant.pk


class IsTenantAdminOrReadOnly(BasePermission):
    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        return Membership.objects.filter(
            tenant=request.tenant,
            user=request.user,
            role__in=[Membership.Role.OWNER, Membership.Role.ADMIN],
        ).exists()
