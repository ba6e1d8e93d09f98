"""``manage.py ensure_demo_user``: a reviewer account to try the app with, password printed once."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create or reset the demo reviewer account and print its credentials."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="demo")
        parser.add_argument(
            "--password",
            default=None,
            help="Fixed password (development only); a random one is generated otherwise.",
        )

    def handle(self, *args, username: str, password: str | None, **options) -> None:
        if password and settings.PRODUCTION:
            self.stderr.write("A fixed demo password is refused in production; generating one.")
            password = None
        password = password or secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org", "first_name": "Demo"}
        )
        user.is_staff = True
        user.set_password(password)
        user.save()
        groups = Group.objects.filter(name__in=["Reviewer", "Editor"])
        if groups:
            user.groups.add(*groups)
        else:  # before the review workflow defines its roles
            user.user_permissions.add(*Permission.objects.filter(content_type__app_label="factcheck"))
        self.stdout.write(self.style.SUCCESS(f"Demo account: username {username!r}, password {password!r}"))
