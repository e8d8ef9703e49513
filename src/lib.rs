//! The widget shell: mounts the Yew app into host elements.
