// A menu item's header in the admin, read when it is collapsed: its label, then where it
// leads (a page, a file or an outside address, in the words the block's adapter sends).
class MenuLinkBlockDefinition extends window.wagtailStreamField.blocks.StructBlockDefinition {
  render(...args) {
    const block = super.render(...args);
    const kinds = this.meta.targetKinds;
    block.getTextLabel = (options) => {
      const text = (name) => block.childBlocks[name]?.getTextLabel?.(options) || "";
      const kind = ["page", "document", "url"].find((name) => text(name));
      const target = kind ? `${kinds[kind]} “${text(kind)}”` : "";
      return [text("label"), target].filter(Boolean).join(" → ") || null;
    };
    return block;
  }
}
window.telepath.register("navigation.blocks.MenuLinkBlock", MenuLinkBlockDefinition);
