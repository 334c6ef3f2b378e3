import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '../db/db'
import { setSetting, useSetting } from '../db/settings'
import { allCourses, builtinCourse, type CourseEntry } from './courses'

/** The courses and which one is being taken. */
export interface CoursesState {
  /** False until the imported packs and the active-course setting are read. */
  ready: boolean
  /** The built-in course first, then packs. */
  entries: CourseEntry[]
  /** The active course (settings `activeCourse`; the built-in course when unset or gone). */
  active: CourseEntry
}

/** Every course (live: importing or removing a pack updates it) and the active one. */
export function useCourses(): CoursesState {
  const rows = useLiveQuery(() => db.packs.toArray(), [])
  const activeId = useSetting('activeCourse')
  return useMemo(() => {
    const entries = allCourses(rows ?? [])
    const wanted = activeId ?? 'builtin'
    return {
      ready: rows !== undefined && activeId !== undefined,
      entries,
      active: entries.find((e) => e.id === wanted) ?? builtinCourse(),
    }
  }, [rows, activeId])
}

/** Makes a course the active one. */
export function setActiveCourse(id: string): Promise<void> {
  return setSetting('activeCourse', id)
}
