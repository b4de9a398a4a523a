/** Small helpers of the handlers: lists newest first, pages, query values. */

export function findLast<T>(items: readonly T[], predicate: (item: T) => boolean): T | undefined {
  for (let index = items.length - 1; index >= 0; index--) if (predicate(items[index]!)) return items[index];
  return undefined;
}

export function text(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function paged<T>(items: T[], query: Readonly<Record<string, string | string[] | undefined>>) {
  const page = Number(text(query.page) ?? 1);
  const perPage = Number(text(query.perPage) ?? 20);
  const total = items.length;
  return {
    pageInfo: { currentPage: page, perPage, lastPage: Math.ceil(total / perPage), total },
    items: items.slice((page - 1) * perPage, page * perPage),
  };
}

export function newestFirst<T>(items: T[], time: (item: T) => string): T[] {
  return [...items].reverse().sort((a, b) => Date.parse(time(b)) - Date.parse(time(a)));
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
