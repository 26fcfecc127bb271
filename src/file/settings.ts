// The tool's settings (the same JSON the add-in keeps in Office's workbook settings) inside the
// package, in a custom XML part: customXml/itemN.xml + itemPropsN.xml, tied to the workbook by
// a customXml relationship. Custom XML parts are the place Office keeps add-in data for a file
// and round-trips untouched; unlike a hidden sheet it is never shown, listed, printed or checked,
// and unlike a custom document property it has no 255-character limit on the value.
import type { XlsxPackage } from "./package";
import { addOverride, addRelationship, contentTypeOf, freePartName, REL, relationships } from "./opc";
import { escapeText, unescapeXml } from "./xml";

export const SETTINGS_NS = "urn:taskplan:settings";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/** The custom XML part holding this tool's settings, if any. */
function settingsPart(pkg: XlsxPackage, workbookPart: string): string | undefined {
  return relationships(pkg, workbookPart)
    .filter((r) => r.type === REL.customXml)
    .map((r) => r.part)
    .find((part) => (pkg.text(part) ?? "").includes(SETTINGS_NS));
}

function itemXml(json: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<settings xmlns="${SETTINGS_NS}"><config>${escapeText(json)}</config></settings>`;
}

/** The stored JSON text, or undefined when the workbook has none. */
export function readSettingsJson(pkg: XlsxPackage, workbookPart: string): string | undefined {
  const part = settingsPart(pkg, workbookPart);
  const m = part ? /<config>([\s\S]*)<\/config>/.exec(pkg.text(part) ?? "") : null;
  return m ? unescapeXml(m[1]) : undefined;
}

export function writeSettingsJson(pkg: XlsxPackage, workbookPart: string, json: string): void {
  const existing = settingsPart(pkg, workbookPart);
  if (existing) {
    pkg.setText(existing, itemXml(json));
    return;
  }
  const item = freePartName(pkg, "customXml/item", ".xml");
  const props = item.replace(/item(\d+)\.xml$/, "itemProps$1.xml");
  pkg.setText(item, itemXml(json));
  pkg.setText(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6D1C4A52-7F0B-4E7A-9C1B-7461736B706C}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SETTINGS_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  if (!contentTypeOf(pkg, item)) addOverride(pkg, item, "application/xml");
  addOverride(pkg, props, PROPS_TYPE);
  addRelationship(pkg, item, REL.customXmlProps, props);
  addRelationship(pkg, workbookPart, REL.customXml, item);
}
