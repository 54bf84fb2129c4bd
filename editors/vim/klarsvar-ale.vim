" klarsvar for Vim with ALE (dense-analysis/ale, Debian: apt-get install vim-ale).
" Copy to ~/.vim/plugin/ (or source it from your vimrc). ALE loads it for text and Markdown buffers.

" The binary: a name on $PATH or a full path.
let g:klarsvar_path = get(g:, 'klarsvar_path', 'klarsvar')
" Vim filetypes to check.
let g:klarsvar_filetypes = get(g:, 'klarsvar_filetypes', ['text', 'markdown'])
" Server settings: the same keys as .klarsvar.json.
let g:klarsvar_settings = get(g:, 'klarsvar_settings', {
      \ 'rulePaths': [],
      \ 'rules': {},
      \ })

function! KlarsvarProjectRoot(buffer) abort
  let l:config = ale#path#FindNearestFile(a:buffer, '.klarsvar.json')
  if !empty(l:config)
    return fnamemodify(l:config, ':h')
  endif
  let l:git = ale#path#FindNearestDirectory(a:buffer, '.git')
  return !empty(l:git) ? fnamemodify(l:git, ':h:h') : fnamemodify(bufname(a:buffer), ':p:h')
endfunction

" LSP language ids: Vim's "text" is LSP's "plaintext".
function! KlarsvarLanguage(buffer) abort
  let l:filetype = getbufvar(a:buffer, '&filetype')
  return l:filetype ==# 'text' ? 'plaintext' : l:filetype
endfunction

" ALE takes the server's columns as byte columns and cannot negotiate the unit, so klarsvar is asked
" for UTF-8 positions; that member goes beside the settings, never into them.
function! KlarsvarInitializationOptions(buffer) abort
  return extend({'positionEncoding': 'utf-8'}, g:klarsvar_settings)
endfunction

for s:filetype in g:klarsvar_filetypes
  call ale#linter#Define(s:filetype, {
        \ 'name': 'klarsvar',
        \ 'lsp': 'stdio',
        \ 'executable': {buffer -> expand(g:klarsvar_path)},
        \ 'command': '%e lsp',
        \ 'project_root': function('KlarsvarProjectRoot'),
        \ 'language': function('KlarsvarLanguage'),
        \ 'initialization_options': function('KlarsvarInitializationOptions'),
        \ 'lsp_config': {buffer -> {'klarsvar': g:klarsvar_settings}},
        \ })
endfor
