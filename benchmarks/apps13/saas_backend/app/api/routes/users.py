from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

from app import crud
from app.api.deps import CurrentUser, SessionDep
from app.core import security
from app.core.config import settings
from app.models import Token, UserPublic, UserUpdateMe

router = APIRouter(tags=["users"])

ONBOARDING_STEPS = ("profile", "invite_team", "first_document", "connect_inbox", "branding")


def onboarding_completion(steps: dict[str, Any]) -> float:
    """Share of onboarding steps done, shown as the progress ring in the sidebar."""
    done = sum(1 for step in ONBOARDING_STEPS if steps.get(step))
    return round(done / len(ONBOARDING_STEPS), 2)


@router.post("/login/access-token")
def login_access_token(
    session: SessionDep, form_data: Annotated[OAuth2PasswordRequestForm, Depends()]
) -> Token:
    """OAuth2 compatible token login, get an access token for future requests"""
    user = crud.authenticate(
        session=session, email=form_data.username, password=form_data.password
    )
    if not user:
        raise HTTPException(status_code=400, detail="Incorrect email or password")
    elif not user.is_active:
        raise HTTPException(status_code=400, detail="Inactive user")
    access_token_expires = timedelta(minutes=settings.ACCESS_TOKEN_EXPIRE_MINUTES)
    return Token(
        access_token=security.create_access_token(
            user.id, expires_delta=access_token_expires, tenant_id=str(user.tenant_id)
        )
    )


@router.get("/users/me", response_model=UserPublic)
def read_user_me(current_user: CurrentUser) -> Any:
    return current_user


@router.patch("/users/me", response_model=UserPublic)
def update_user_me(*, session: SessionDep, user_in: UserUpdateMe, current_user: CurrentUser) -> Any:
    if user_in.email:
        existing_user = crud.get_user_by_email(session=session, email=user_in.email)
        if existing_user and existing_user.id != current_user.id:
            raise HTTPException(status_code=409, detail="User with this email already exists")
    return crud.update_user(session=session, db_user=current_user, user_in=user_in)


@router.get("/users/me/onboarding")
def read_onboarding(current_user: CurrentUser) -> dict[str, Any]:
    steps = current_user.onboarding_steps or {}
    completion = onboarding_completion(steps)
    return {
        "completion": completion,
        "remaining": [s for s in ONBOARDING_STEPS if not steps.get(s)],
    }
