"""``manage.py ensure_demo_user``: a reviewer and an editor account, random passwords printed once."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from annotations.roles import EDITOR, REVIEWER, sync_groups


class Command(BaseCommand):
    help = "Create or reset the demo reviewer and editor accounts and print their credentials."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="demo", help="The reviewer account.")
        parser.add_argument("--editor-username", default="editor", help="The editor account.")
        parser.add_argument(
            "--password",
            default=None,
            help="Fixed password for both (development only); random ones are generated otherwise.",
        )

    def handle(self, *args, username: str, editor_username: str, password: str | None, **options) -> None:
        if password and settings.PRODUCTION:
            self.stderr.write("A fixed demo password is refused in production; generating one.")
            password = None
        sync_groups()
        for name, group, first_name in ((username, REVIEWER, "Demo"), (editor_username, EDITOR, "Editor")):
            secret = password or secrets.token_urlsafe(12)
            user, _ = get_user_model().objects.get_or_create(
                username=name, defaults={"email": f"{name}@example.org", "first_name": first_name}
            )
            user.is_staff = True
            user.set_password(secret)
            user.save()
            user.groups.set([Group.objects.get(name=group)])
            self.stdout.write(
                self.style.SUCCESS(f"Demo account ({group}): username {name!r}, password {secret!r}")
            )
