" Headless test: klarsvar's diagnostics through ALE in a real Vim, at the right byte columns. Run through
" run.sh, which sets KLARSVAR_BINARY, KLARSVAR_VIM, KLARSVAR_RULES, KLARSVAR_TEST_FILE and KLARSVAR_OUT.
set nocompatible
let &runtimepath = $KLARSVAR_ALE_ROOT . ',' . &runtimepath . ',' . $KLARSVAR_ALE_ROOT . '/after'
filetype plugin on
let g:ale_linters = {'markdown': ['klarsvar'], 'text': ['klarsvar']}
let g:ale_linters_explicit = 1
" Settings under test: an extra rule folder, a rule turned off, a severity changed.
let g:klarsvar_path = $KLARSVAR_BINARY
let g:klarsvar_settings = {'rulePaths': [$KLARSVAR_RULES],
      \ 'rules': {'plain-archaic': 'off', 'commitment-no-deadline': 'error'}}
runtime plugin/ale.vim
execute 'source ' . fnameescape($KLARSVAR_VIM . '/klarsvar-ale.vim')

let s:out = []
function! s:find(code) abort
  for l:item in ale#engine#GetLoclist(bufnr(''))
    if get(l:item, 'code', '') ==# a:code | return l:item | endif
  endfor
  return {}
endfunction
function! s:check(condition, message) abort
  if !a:condition | call add(s:out, 'FAIL: ' . a:message) | endif
endfunction

execute 'edit ' . fnameescape($KLARSVAR_TEST_FILE)
ALELint
for s:i in range(200)
  sleep 100m
  if !empty(s:find('plain-officialese')) | break | endif
endfor
sleep 500m
let s:list = ale#engine#GetLoclist(bufnr(''))
for s:item in s:list
  call add(s:out, printf('%s:%d:%d: %s [%s] %s', expand('%:t'), s:item.lnum, s:item.col, s:item.type,
        \ get(s:item, 'code', ''), s:item.text))
endfor
call s:check(!empty(s:list), 'no klarsvar diagnostics within 20 s')
for [s:code, s:text] in [['plain-officialese', 'erhållit'], ['tone-pseudo-apology', 'Vi beklagar om du har upplevt'],
      \ ['commitment-no-deadline', 'Vi ser över schemat'], ['norra-berga-undertecknad', 'undertecknad']]
  let s:item = s:find(s:code)
  call s:check(!empty(s:item), 'missing diagnostic ' . s:code)
  if !empty(s:item)
    let s:line = getline(s:item.lnum)
    " ALE takes the server's column as Vim's byte column: klarsvar-ale.vim asks for UTF-8 positions.
    call s:check(strpart(s:line, s:item.col - 1, strlen(s:text)) ==# s:text,
          \ printf('%s at %d:%d does not start "%s"', s:code, s:item.lnum, s:item.col, s:text))
    " The highlight ALE draws: from col to end_col (inclusive, bytes) is exactly the finding.
    if has_key(s:item, 'end_col') && get(s:item, 'end_lnum', s:item.lnum) == s:item.lnum
      call s:check(strpart(s:line, s:item.col - 1, s:item.end_col - s:item.col + 1) ==# s:text,
            \ printf('%s highlight %d-%d is "%s"', s:code, s:item.col, s:item.end_col,
            \ strpart(s:line, s:item.col - 1, s:item.end_col - s:item.col + 1)))
    endif
  endif
endfor
" The byte columns matter: å/ä/ö stand before "erhållit" on its line, so it is not a character column.
let s:item = s:find('plain-officialese')
call s:check(!empty(s:item) && s:item.col - 1 > strchars(strpart(getline(get(s:item, 'lnum', 1)), 0, s:item.col - 1)),
      \ 'the letter has no å/ä/ö before plain-officialese: the column test proves nothing')
call s:check(get(s:find('commitment-no-deadline'), 'type', '') ==# 'E', 'commitment-no-deadline is not an error')
call s:check(empty(s:find('plain-archaic')), 'plain-archaic is reported although the settings turn it off')
if empty(filter(copy(s:out), 'v:val =~# "^FAIL"'))
  call add(s:out, printf('klarsvar vim/ale test: ok (%d diagnostics, settings applied)', len(s:list)))
endif
call writefile(s:out, $KLARSVAR_OUT)
qall!
