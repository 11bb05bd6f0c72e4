/** Text as a search compares it: accents and case ignored ("Lumière" finds "lumiere"). */
export const foldText = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
