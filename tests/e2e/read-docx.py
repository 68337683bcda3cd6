"""Reads a .docx with Debian's python3-docx, a reader independent of the library that wrote it,
and prints what the tests check as JSON: the body's paragraphs in reading order (tables
included) with their styles, the footnotes with their links, the language and the tables.

Each paragraph's text comes as "parts": the stretches between runs in the Quotation character
style (an article's own words), so that a test never joins a run of words across a quotation.
"""
import json
import sys

import docx
from docx.oxml.ns import qn

W_P, W_R, W_T, W_HYPERLINK = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:hyperlink")
R_ID = qn("r:id")


def runs_and_links(p, rels):
    parts, links, text, current = [], [], "", ""
    for el in p.iter(W_R, W_HYPERLINK):
        if el.tag == W_HYPERLINK:
            # An external link's fragment is the hyperlink's anchor, joined to its target.
            rid, anchor = el.get(R_ID), el.get(qn("w:anchor"))
            if rid is not None:
                links.append(rels[rid].target_ref + ("#" + anchor if anchor else ""))
            continue
        style = el.find(qn("w:rPr") + "/" + qn("w:rStyle"))
        quoted = style is not None and style.get(qn("w:val")) == "Quotation"
        t = "".join(x.text or "" for x in el.iter(W_T))
        text += t
        if quoted:
            parts.append(current)
            current = ""
        else:
            current += t
    parts.append(current)
    return {"text": text, "parts": parts, "links": links}


def main(path):
    d = docx.Document(path)
    rels = d.part.rels
    styles = {s.style_id: s.name for s in d.styles}
    body = []
    for p in d.element.body.iter(W_P):
        pstyle = p.find(qn("w:pPr") + "/" + qn("w:pStyle"))
        style = styles.get(pstyle.get(qn("w:val")), "") if pstyle is not None else "Normal"
        item = runs_and_links(p, rels)
        item["style"] = style
        item["footnote_refs"] = len(list(p.iter(qn("w:footnoteReference"))))
        body.append(item)
    footnotes = []
    for rel in rels.values():
        if not rel.reltype.endswith("/footnotes"):
            continue
        part = rel.target_part
        root = docx.oxml.parse_xml(part.blob)
        for fn in root.iter(qn("w:footnote")):
            if fn.get(qn("w:type")) is not None:
                continue  # the separators Word draws above the notes
            paras = [runs_and_links(p, part.rels) for p in fn.iter(W_P)]
            footnotes.append(
                {
                    "id": fn.get(qn("w:id")),
                    "text": " ".join(x["text"] for x in paras).strip(),
                    "parts": [s for x in paras for s in x["parts"]],
                    "links": [l for x in paras for l in x["links"]],
                }
            )
    lang = d.styles.element.find(
        qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr") + "/" + qn("w:lang")
    )
    print(
        json.dumps(
            {
                "title": d.core_properties.title,
                "language": d.core_properties.language,
                "default_language": lang.get(qn("w:val")) if lang is not None else None,
                "body": body,
                "footnotes": footnotes,
                "tables": len(d.tables),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
