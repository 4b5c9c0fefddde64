import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from comments.services import erase_personal_data, personal_data


class Command(BaseCommand):
    help = (
        "Export (as JSON) or erase everything stored with comments for one email "
        "address, for a reader's access or erasure request."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument(
            "--export", action="store_true", help="Print the data as JSON."
        )
        action.add_argument(
            "--erase",
            action="store_true",
            help="Delete the comments; replies by others stay.",
        )

    def handle(self, *args, email, export, erase, **options):
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"“{email}” is not an email address.") from None
        if export:
            data = personal_data(email=email)
            self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
            return
        deleted = erase_personal_data(email=email)
        self.stdout.write(f"Erased {deleted} comment(s) stored for {email}.")
