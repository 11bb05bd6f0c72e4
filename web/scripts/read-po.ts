/** A PO catalog's messages (msgid → msgstr), as the catalog check and the language journeys read them. */
export function readPo(source: string): Map<string, string> {
  const messages = new Map<string, string>();
  const unquote = (line: string) => JSON.parse(line.slice(line.indexOf('"'))) as string;
  let field: 'msgid' | 'msgstr' | undefined;
  let id = '';
  let text = '';
  const flush = () => {
    if (field === 'msgstr' && id) messages.set(id, text);
    field = undefined;
  };
  for (const line of source.split('\n')) {
    if (line.startsWith('msgid ')) {
      flush();
      field = 'msgid';
      id = unquote(line);
    } else if (line.startsWith('msgstr ')) {
      field = 'msgstr';
      text = unquote(line);
    } else if (line.startsWith('"') && field) {
      if (field === 'msgid') id += unquote(line);
      else text += unquote(line);
    } else {
      flush();
    }
  }
  flush();
  return messages;
}
