/** 监销人 as typed on one line, 张三、李四 or 张三 李四: one entry per name, in the order typed. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
