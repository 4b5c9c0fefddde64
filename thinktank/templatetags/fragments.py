import hashlib

from django import template
from django.urls import get_script_prefix

from thinktank.pagecache import cached_for_version

register = template.Library()


@register.tag
def versioned_fragment(parser, token):
    """Render a fragment once per content version and reuse it on every page.

        {% versioned_fragment "footer" [key part ...] [when=condition] %}
          ...
        {% endversioned_fragment %}

    For markup many pages share (the footer, the latest stories) or that is the
    same for every reader (a blank comment form's fields). Like the page cache
    it is never stale: each entry carries the content version and the fragment is
    kept no longer than a page (`pagecache.page_lifetime`). The optional key
    parts tell variants apart, as the script prefix always does; when
    `condition` is false the fragment is rendered afresh and not stored.
    """
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError(
            'versioned_fragment needs a name: {% versioned_fragment "name" %}'
        )
    when = None
    if bits[-1].startswith("when="):
        when = parser.compile_filter(bits.pop()[len("when=") :])
    nodelist = parser.parse(("endversioned_fragment",))
    parser.delete_first_token()
    return VersionedFragmentNode(
        nodelist, [parser.compile_filter(bit) for bit in bits], when
    )


class VersionedFragmentNode(template.Node):
    def __init__(self, nodelist, key_parts, when):
        self.nodelist = nodelist
        self.key_parts = key_parts
        self.when = when

    def render(self, context):
        if self.when is not None and not self.when.resolve(context):
            return self.nodelist.render(context)
        # The fragment's links start with the script prefix, so a site mounted
        # under two prefixes keeps a copy for each.
        parts = "\x1f".join(
            [
                get_script_prefix(),
                *(str(part.resolve(context)) for part in self.key_parts),
            ]
        )
        digest = hashlib.sha256(parts.encode()).hexdigest()[:32]
        return cached_for_version(
            f"fragment:{digest}", lambda: self.nodelist.render(context)
        )
