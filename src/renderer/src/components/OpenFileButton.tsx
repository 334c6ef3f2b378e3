import { Button, type ButtonProps } from 'antd'
import { useRef } from 'react'

/**
 * A button that opens the system's file picker and hands over the chosen file. The picker is
 * cleared at once, so choosing the same file again (after fixing it) still counts as a choice.
 */
export function OpenFileButton({
  accept,
  onFile,
  inputTestId,
  ...button
}: Omit<ButtonProps, 'onClick'> & {
  /** The picker's file types, e.g. `.json,application/json`. */
  accept: string
  onFile: (file: File) => void
  inputTestId?: string
}) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <Button {...button} onClick={() => input.current?.click()} />
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={inputTestId}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}
