from django.core.management.base import BaseCommand, CommandError

from thinktank.backups import BackupError, back_up


class Command(BaseCommand):
    help = (
        "Back up the database and the media folder into a new folder "
        "(docs/operations.md). Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="A new or empty folder.")

    def handle(self, *args, directory, **options):
        try:
            manifest = back_up(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backed up the {manifest['engine']} database and "
            f"{manifest['media_files']} media files to {directory}."
        )
