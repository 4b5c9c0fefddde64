from django.core.management.base import BaseCommand, CommandError

from thinktank.backups import BackupError, read_backup, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: replaces the database's "
        "content and copies the media back (docs/operations.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="A folder written by `backup`.")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, directory, interactive, **options):
        try:
            # A folder that is no backup is refused before the question.
            manifest = read_backup(directory)
            if interactive:
                self.confirm(manifest)
            manifest = restore(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored the {manifest['engine']} database and "
            f"{manifest['media_files']} media files from {directory} "
            f"(made {manifest['created']})."
        )

    def confirm(self, manifest):
        try:
            answer = input(
                f"This replaces everything in the database with the backup made "
                f"{manifest['created']}. Type 'yes' to go on: "
            )
        except EOFError:  # no one to ask: cron, a script, input from /dev/null
            answer = ""
        if answer != "yes":
            raise CommandError(
                "Restore cancelled (to restore without the question, as a script "
                "must, add --noinput)."
            )
