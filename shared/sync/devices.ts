/**
 * A PC as people read it: its name when it has one, else the end of its id. Ids are
 * time-ordered, so PCs set up the same day share their first characters; the end differs.
 */
export const deviceLabel = (deviceId: string, names: Record<string, string>): string => names[deviceId] || `电脑 …${deviceId.slice(-6)}`;
